/**
 * The registry import: reading, validating and writing registry files in the background. Exposed
 * as a named interface so that the admin pages, the API and the demo seeding can start and watch
 * imports.
 */
@org.springframework.modulith.NamedInterface("importing")
package com.gradverify.registry.importing;

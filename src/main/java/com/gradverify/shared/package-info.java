/**
 * Value objects and web infrastructure every feature module uses: self-validating identifiers
 * (身份证号, 手机号, 考生号, 区划代码), masking of personal data, the mapping of domain
 * exceptions to problem details, and the layout's per-request data: a module that shows something on
 * every page (notices, a banner, a count) declares a {@link com.gradverify.shared.web.LayoutPart}, and
 * every part a page shows is read in one transaction.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.gradverify.shared;

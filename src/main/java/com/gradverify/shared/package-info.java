/**
 * Value objects and web infrastructure every feature module uses: self-validating identifiers
 * (身份证号, 手机号, 考生号, 区划代码), masking of personal data, and the mapping of domain
 * exceptions to problem details.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.gradverify.shared;

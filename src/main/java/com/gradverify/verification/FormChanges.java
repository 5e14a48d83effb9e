package com.gradverify.verification;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/** The names of the form fields that differ between two versions, for the audit trail. */
final class FormChanges {

	private FormChanges() {
	}

	static List<String> between(VerificationForm before, VerificationForm after) {
		BeanWrapper old = PropertyAccessorFactory.forBeanPropertyAccess(before);
		BeanWrapper now = PropertyAccessorFactory.forBeanPropertyAccess(after);
		var changed = new ArrayList<String>();
		for (PropertyDescriptor property : old.getPropertyDescriptors()) {
			String name = property.getName();
			if (!"class".equals(name) && old.isReadableProperty(name)
					&& !Objects.equals(old.getPropertyValue(name), now.getPropertyValue(name))) {
				changed.add(name);
			}
		}
		return changed;
	}
}

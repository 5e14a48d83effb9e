package com.gradverify.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** The layout's parts are read lazily, all at once, in one transaction, and only when shown. */
class LayoutDataTests {

	private final List<String> log = new ArrayList<>();

	/** Records each transaction and what was read within it. */
	private final TransactionOperations transactions = new TransactionOperations() {
		@Override
		public <T> T execute(TransactionCallback<T> action) {
			log.add("begin");
			T result = action.doInTransaction(new SimpleTransactionStatus());
			log.add("commit");
			return result;
		}

		@Override
		public void executeWithoutResult(Consumer<TransactionStatus> action) {
			execute(status -> {
				action.accept(status);
				return null;
			});
		}
	};

	@Test
	void readsEveryShownPartInOneTransactionOnFirstUseOnly() {
		var layout = new LayoutData(List.of(part("notices", true, List.of("a")), part("deadline", true, "6月30日")),
				transactions);
		assertThat(log).as("nothing is read before the template asks").isEmpty();

		assertThat(layout.get("deadline")).isEqualTo("6月30日");
		assertThat(layout.get("notices")).isEqualTo(List.of("a"));
		assertThat(layout.get("deadline")).isEqualTo("6月30日");

		assertThat(log).containsExactly("begin", "read notices", "read deadline", "commit");
	}

	@Test
	void aPartNotShownGetsItsHiddenValueAndNoTransactionOpensWhenNoneIsShown() {
		var layout = new LayoutData(List.of(part("notices", false, List.of("a"))), transactions);

		assertThat(layout.get("notices")).isEqualTo("hidden notices");
		assertThat(log).isEmpty();
	}

	@Test
	void anUnknownNameIsAMistake() {
		var layout = new LayoutData(List.of(part("notices", true, List.of())), transactions);

		assertThatIllegalArgumentException().isThrownBy(() -> layout.get("bell")).withMessageContaining("bell");
	}

	private LayoutPart<Object> part(String name, boolean shown, Object value) {
		return new LayoutPart<>() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public boolean shown() {
				return shown;
			}

			@Override
			public Object read() {
				log.add("read " + name);
				return value;
			}

			@Override
			public Object hidden() {
				return "hidden " + name;
			}
		};
	}
}

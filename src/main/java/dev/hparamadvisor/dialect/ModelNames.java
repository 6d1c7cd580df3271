package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a parameter count from a model name, the way people write it: {@code 8B},
 * {@code 0.5B}, {@code 1.5b}, {@code 70b}, {@code 350M}, {@code 270m}, {@code 1_6b},
 * torchtune's {@code llama3_1_8b} and {@code qwen2_5_0_5b}, and mixtures of experts
 * {@code 8x7B} (the product: 56e9, an upper bound, since experts share attention).
 * <p>
 * A size with an {@code A} prefix ({@code A3B}) is the active count of a mixture of
 * experts and is skipped in favour of the total ({@code 30B-A3B} gives 30e9); a size
 * followed by an expert count ({@code 17B-16E}) is per-token, so the name gives no total.
 * A context length such as {@code 8k} is not a size. When the name gives no size the
 * answer is {@code null}: the reader knows no model table.
 */
public final class ModelNames {

	private static final Pattern MIXTURE = Pattern
		.compile("(?<![A-Za-z0-9.])(\\d+)x(\\d+(?:\\.\\d+)?)([BbMmTt])(?![A-Za-z0-9])");

	private static final Pattern SIZE = Pattern
		.compile("(?<![A-Za-z0-9.])([A-Za-z]?)(\\d+(?:[._]\\d+)?)([BbMmTt])(?![A-Za-z0-9])");

	private static final Pattern EXPERTS_AFTER = Pattern.compile("^[-_]\\d+E(?![A-Za-z0-9])");

	private static final Pattern TORCHTUNE_VERSION = Pattern.compile("(llama3|qwen2)_(\\d)_");

	private ModelNames() {
	}

	/**
	 * The parameter count a model name states.
	 * @param name a model name or path, for example {@code Qwen/Qwen2.5-0.5B} or
	 * {@code torchtune.models.llama3_1.lora_llama3_1_8b}
	 * @return the count, or {@code null} when the name states none
	 */
	public static @Nullable Long parameterCount(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String last = name.substring(name.lastIndexOf('/') + 1);
		if (last.startsWith("torchtune.")) {
			last = last.substring(last.lastIndexOf('.') + 1);
		}
		Matcher version = TORCHTUNE_VERSION.matcher(last);
		if (version.find() && (version.group(1).equals("llama3") || version.group(2).equals("5"))) {
			last = version.replaceFirst("$1.$2_");
		}
		Matcher mixture = MIXTURE.matcher(last);
		if (mixture.find()) {
			BigDecimal experts = new BigDecimal(mixture.group(1));
			return count(experts.multiply(new BigDecimal(mixture.group(2))), mixture.group(3));
		}
		Matcher size = SIZE.matcher(last);
		while (size.find()) {
			if (size.group(1).equalsIgnoreCase("a")) {
				continue;
			}
			if (EXPERTS_AFTER.matcher(last.substring(size.end())).find()) {
				return null;
			}
			return count(new BigDecimal(size.group(2).replace('_', '.')), size.group(3));
		}
		return null;
	}

	private static long count(BigDecimal number, String unit) {
		BigDecimal scale = switch (Character.toLowerCase(unit.charAt(0))) {
			case 'm' -> BigDecimal.valueOf(1_000_000L);
			case 't' -> BigDecimal.valueOf(1_000_000_000_000L);
			default -> BigDecimal.valueOf(1_000_000_000L);
		};
		return number.multiply(scale).longValue();
	}

}

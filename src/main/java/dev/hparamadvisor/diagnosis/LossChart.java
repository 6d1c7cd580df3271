package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * Draws a run at 1200 x 600: training and evaluation loss over steps (on a log scale when
 * they span {@link Thresholds#LOG_SCALE_SPAN} times or more), the learning rate on a
 * second axis, each finding's steps shaded and labelled with its code, the best step
 * marked. Long logs are drawn as the lowest and highest loss of each pixel column.
 */
final class LossChart {

	static final int WIDTH = 1200;

	static final int HEIGHT = 600;

	private static final double LEFT = 80;

	private static final double RIGHT = 1110;

	private static final double TOP = 60;

	private static final double BOTTOM = 520;

	private final Run run;

	private final DiagnosisReport report;

	LossChart(Run run, DiagnosisReport report) {
		this.run = run;
		this.report = report;
	}

	String svg() {
		DiagnosisReport.Summary summary = this.report.summary();
		SvgWriter svg = new SvgWriter(WIDTH, HEIGHT,
				"Training run (" + this.run.log.format().jsonName() + "): " + this.run.log.train().size
						+ " training points, " + this.run.log.evals().size() + " evaluations; " + summary.errors()
						+ " errors, " + summary.warnings() + " warnings, " + summary.infos() + " infos");
		long first = Math.min(this.run.log.firstStep(), this.run.lastStep());
		ChartScale x = new ChartScale(first, Math.max(first + 1, this.run.lastStep()), LEFT, RIGHT, false);
		String evalMetric = evalLossMetric();
		double[] range = lossRange(evalMetric);
		boolean log = range[0] > 0 && range[1] / range[0] >= Thresholds.LOG_SCALE_SPAN;
		double pad = log ? 1 : (range[1] - range[0]) * 0.05;
		ChartScale y = new ChartScale(log ? range[0] : range[0] - pad, log ? range[1] : range[1] + pad, BOTTOM, TOP,
				log);
		svg.empty("rect", "x", "0", "y", "0", "width", "1200", "height", "600", "fill", "white");
		findings(svg, x);
		axes(svg, x, y);
		trainLoss(svg, x, y);
		evalLoss(svg, x, y, evalMetric);
		learningRate(svg, x);
		best(svg, x);
		legend(svg, log, evalMetric);
		return svg.finish();
	}

	private void findings(SvgWriter svg, ChartScale x) {
		List<Finding> findings = this.report.findings();
		svg.open("g", "id", "findings");
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			double from = x.pixel(finding.steps().from());
			double width = Math.max(3, x.pixel(finding.steps().to()) - from);
			String colour = switch (finding.severity()) {
				case ERROR -> "#d62728";
				case WARNING -> "#ff7f0e";
				case INFO -> "#1f77b4";
			};
			svg.open("g", "class", "finding", "data-code", finding.code().name());
			svg.empty("rect", "x", SvgWriter.number(from), "y", SvgWriter.number(TOP), "width", SvgWriter.number(width),
					"height", SvgWriter.number(BOTTOM - TOP), "fill", colour, "fill-opacity", "0.12");
			svg.text(finding.code().name() + " " + finding.steps().from() + "-" + finding.steps().to(), "x",
					SvgWriter.number(Math.min(from + 3, RIGHT - 200)), "y", SvgWriter.number(TOP + 14 + (i % 6) * 14),
					"fill", colour, "font-size", "11");
			svg.close("g");
		}
		svg.close("g");
	}

	private void axes(SvgWriter svg, ChartScale x, ChartScale y) {
		svg.empty("rect", "x", SvgWriter.number(LEFT), "y", SvgWriter.number(TOP), "width",
				SvgWriter.number(RIGHT - LEFT), "height", SvgWriter.number(BOTTOM - TOP), "fill", "none", "stroke",
				"#444");
		for (double tick : x.ticks()) {
			double px = x.pixel(tick);
			svg.empty("line", "x1", SvgWriter.number(px), "y1", SvgWriter.number(BOTTOM), "x2", SvgWriter.number(px),
					"y2", SvgWriter.number(BOTTOM + 5), "stroke", "#444");
			svg.text(ChartScale.label(tick), "x", SvgWriter.number(px), "y", SvgWriter.number(BOTTOM + 18),
					"text-anchor", "middle");
		}
		svg.text("step", "x", SvgWriter.number((LEFT + RIGHT) / 2), "y", SvgWriter.number(BOTTOM + 36), "text-anchor",
				"middle");
		for (double tick : y.ticks()) {
			double py = y.pixel(tick);
			svg.empty("line", "x1", SvgWriter.number(LEFT), "y1", SvgWriter.number(py), "x2", SvgWriter.number(RIGHT),
					"y2", SvgWriter.number(py), "stroke", "#ddd");
			svg.text(ChartScale.label(tick), "x", SvgWriter.number(LEFT - 6), "y", SvgWriter.number(py + 4),
					"text-anchor", "end");
		}
		svg.text(y.isLog() ? "loss (log scale)" : "loss", "x", "20", "y", SvgWriter.number((TOP + BOTTOM) / 2),
				"transform", "rotate(-90 20 " + SvgWriter.number((TOP + BOTTOM) / 2) + ")", "text-anchor", "middle");
	}

	private void trainLoss(SvgWriter svg, ChartScale x, ChartScale y) {
		svg.empty("path", "d", columns(this.run.steps, this.run.loss, x, y), "fill", "none", "stroke", "#1f77b4",
				"stroke-width", "1.2", "class", "train-loss");
	}

	private void evalLoss(SvgWriter svg, ChartScale x, ChartScale y, String metric) {
		List<EvalPoint> evals = this.run.log.evals();
		StringBuilder path = new StringBuilder();
		svg.open("g", "class", "eval-loss");
		for (EvalPoint eval : evals) {
			Double value = eval.metrics().get(metric);
			if (value == null || !Double.isFinite(value) || (y.isLog() && value <= 0)) {
				continue;
			}
			String px = SvgWriter.number(x.pixel(eval.step()));
			String py = SvgWriter.number(y.pixel(value));
			path.append(path.isEmpty() ? "M" : " L").append(px).append(' ').append(py);
			if (evals.size() <= 200) {
				svg.empty("circle", "cx", px, "cy", py, "r", "3", "fill", "#ff7f0e");
			}
		}
		if (!path.isEmpty()) {
			svg.empty("path", "d", path.toString(), "fill", "none", "stroke", "#ff7f0e", "stroke-width", "2");
		}
		svg.close("g");
	}

	private void learningRate(SvgWriter svg, ChartScale x) {
		double peak = this.run.peakLearningRate();
		if (!(peak > 0)) {
			return;
		}
		ChartScale y = new ChartScale(0, peak * 1.05, BOTTOM, TOP, false);
		TrainSeries train = this.run.log.train();
		svg.empty("path", "d", columns(train.steps, train.learningRate, x, y, train.size), "fill", "none", "stroke",
				"#2ca02c", "stroke-width", "1", "stroke-dasharray", "4 3", "class", "learning-rate");
		for (double tick : y.ticks()) {
			double py = y.pixel(tick);
			svg.text(ChartScale.label(tick), "x", SvgWriter.number(RIGHT + 6), "y", SvgWriter.number(py + 4), "fill",
					"#2ca02c");
		}
		svg.text("learning rate", "x", "1180", "y", SvgWriter.number((TOP + BOTTOM) / 2), "transform",
				"rotate(90 1180 " + SvgWriter.number((TOP + BOTTOM) / 2) + ")", "text-anchor", "middle", "fill",
				"#2ca02c");
	}

	private void best(SvgWriter svg, ChartScale x) {
		Best best = this.report.best();
		if (best == null) {
			return;
		}
		String px = SvgWriter.number(x.pixel(best.step()));
		svg.open("g", "class", "best");
		svg.empty("line", "x1", px, "y1", SvgWriter.number(TOP), "x2", px, "y2", SvgWriter.number(BOTTOM), "stroke",
				"#9467bd", "stroke-width", "1.5", "stroke-dasharray", "6 3");
		svg.text("best " + best.metric() + " " + Changes.format(best.value()) + " at step " + best.step(), "x",
				SvgWriter.number(Math.min(x.pixel(best.step()) + 4, RIGHT - 260)), "y", SvgWriter.number(BOTTOM - 8),
				"fill", "#9467bd");
		svg.close("g");
	}

	private void legend(SvgWriter svg, boolean log, String evalMetric) {
		double y = HEIGHT - 24;
		svg.empty("line", "x1", "80", "y1", SvgWriter.number(y), "x2", "110", "y2", SvgWriter.number(y), "stroke",
				"#1f77b4", "stroke-width", "2");
		svg.text("training loss" + (log ? " (log scale)" : ""), "x", "116", "y", SvgWriter.number(y + 4));
		svg.empty("line", "x1", "300", "y1", SvgWriter.number(y), "x2", "330", "y2", SvgWriter.number(y), "stroke",
				"#ff7f0e", "stroke-width", "2");
		svg.text(evalMetric, "x", "336", "y", SvgWriter.number(y + 4));
		svg.empty("line", "x1", "520", "y1", SvgWriter.number(y), "x2", "550", "y2", SvgWriter.number(y), "stroke",
				"#2ca02c", "stroke-dasharray", "4 3");
		svg.text("learning rate (right axis)", "x", "556", "y", SvgWriter.number(y + 4));
		svg.text("shaded: finding steps (red error, orange warning, blue info)", "x", "780", "y",
				SvgWriter.number(y + 4));
	}

	/**
	 * The evaluation loss drawn: the best-model metric when it is a loss, else eval_loss.
	 */
	private String evalLossMetric() {
		String metric = this.run.metric;
		return (metric != null && metric.endsWith("loss")) ? metric : "eval_loss";
	}

	private double[] lossRange(String evalMetric) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : this.run.loss) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		for (EvalPoint eval : this.run.log.evals()) {
			Double value = eval.metrics().get(evalMetric);
			if (value != null && Double.isFinite(value)) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		return (min <= max) ? new double[] { min, max } : new double[] { 0, 1 };
	}

	private static String columns(long[] steps, double[] values, ChartScale x, ChartScale y) {
		return columns(steps, values, x, y, values.length);
	}

	/**
	 * A path through the points, one pixel column at a time: where several points share a
	 * column, its lowest and highest value. Non-finite values (and non-positive ones on a
	 * log scale) break the line.
	 */
	private static String columns(long[] steps, double[] values, ChartScale x, ChartScale y, int n) {
		StringBuilder path = new StringBuilder();
		int column = Integer.MIN_VALUE;
		double low = 0;
		double high = 0;
		boolean pen = false;
		for (int i = 0; i <= n; i++) {
			boolean drawable = i < n && Double.isFinite(values[i]) && !(y.isLog() && values[i] <= 0);
			int c = (i < n) ? (int) Math.floor(x.pixel(steps[i])) : Integer.MAX_VALUE;
			if (column != Integer.MIN_VALUE && (c != column || !drawable)) {
				path.append(pen ? " L" : (path.isEmpty() ? "M" : " M"))
					.append(column)
					.append(' ')
					.append(SvgWriter.number(y.pixel(high)));
				if (low != high) {
					path.append(" L").append(column).append(' ').append(SvgWriter.number(y.pixel(low)));
				}
				pen = true;
				column = Integer.MIN_VALUE;
			}
			if (!drawable) {
				pen = false;
				continue;
			}
			if (column == Integer.MIN_VALUE) {
				column = c;
				low = values[i];
				high = values[i];
			}
			else {
				low = Math.min(low, values[i]);
				high = Math.max(high, values[i]);
			}
		}
		return path.isEmpty() ? "M0 0" : path.toString();
	}

}

package org.fitsflow.continuity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document written top to bottom: headings, paragraphs and tables whose rows wrap and move to the next
 * page (repeating the table's heading row), and a footer on every page. Enough for a plan that must read well on
 * paper; the standard PDF fonts need nothing installed.
 */
final class PdfPages implements AutoCloseable {

	private static final float MARGIN = 48;
	private static final float FOOTER = 28;
	private static final float BODY = 10;
	private static final float LEADING = 1.3f;
	private static final float CELL_PADDING = 3;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final Map<Character, Boolean> printable = new HashMap<>();
	private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
	private PDPageContentStream content;
	private float y;

	PdfPages() {
		newPage();
	}

	void title(String text) {
		paragraph(text, bold, 17, 6);
	}

	void heading(String text) {
		space(8);
		keepTogether(60);
		paragraph(text, bold, 12.5f, 4);
	}

	void paragraph(String text) {
		paragraph(text, regular, BODY, 4);
	}

	/** A label in bold, then its text: "Reference: DRP-3". */
	void field(String label, String text) {
		String shown = text == null || text.isBlank() ? "-" : text;
		float labelWidth = textWidth(label + ": ", bold, BODY);
		List<String> first = wrap(shown, regular, BODY, width - labelWidth);
		keepTogether(BODY * LEADING);
		write(label + ":", bold, BODY, MARGIN, y - BODY);
		write(first.get(0), regular, BODY, MARGIN + labelWidth, y - BODY);
		y -= BODY * LEADING;
		String rest = String.join(" ", first.subList(1, first.size()));
		if (!rest.isBlank()) {
			for (String line : wrap(rest, regular, BODY, width)) {
				keepTogether(BODY * LEADING);
				write(line, regular, BODY, MARGIN, y - BODY);
				y -= BODY * LEADING;
			}
		}
		y -= 2;
	}

	/** A table: a heading row, then the rows; {@code widths} are the columns' shares of the page width. */
	void table(float[] widths, List<String> headings, List<List<String>> rows) {
		float[] columns = new float[widths.length];
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		for (int i = 0; i < widths.length; i++) {
			columns[i] = width * widths[i] / total;
		}
		row(columns, headings, bold, true);
		if (rows.isEmpty()) {
			paragraph("(none)");
			return;
		}
		for (List<String> r : rows) {
			if (!row(columns, r, regular, false)) {
				row(columns, headings, bold, true);
				row(columns, r, regular, false);
			}
		}
		y -= 4;
	}

	void space(float points) {
		y -= points;
	}

	/** The document, with "footer - page i of n" on every page. */
	byte[] finish(String footer) {
		try {
			content.close();
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
						PDPageContentStream.AppendMode.APPEND, true)) {
					content = foot;
					write(footer + " - page " + (i + 1) + " of " + pages, regular, 8, MARGIN, FOOTER);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes one row; false (and nothing written) if it needed a new page first, so the caller repeats the headings. */
	private boolean row(float[] columns, List<String> cells, PDType1Font font, boolean heading) {
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < columns.length; i++) {
			String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
			List<String> cellLines = wrap(cell, font, BODY, columns[i] - 2 * CELL_PADDING);
			wrapped.add(cellLines);
			lines = Math.max(lines, cellLines.size());
		}
		float height = lines * BODY * LEADING + 2 * CELL_PADDING;
		boolean samePage = true;
		if (y - height < MARGIN + FOOTER) {
			newPage();
			samePage = heading;
			if (!heading) {
				return false;
			}
		}
		try {
			if (heading) {
				content.setNonStrokingColor(0.88f, 0.88f, 0.88f);
				content.addRect(MARGIN, y - height, width, height);
				content.fill();
				content.setNonStrokingColor(0f, 0f, 0f);
			}
			float x = MARGIN;
			for (int i = 0; i < columns.length; i++) {
				float lineY = y - CELL_PADDING - BODY;
				for (String line : wrapped.get(i)) {
					write(line, font, BODY, x + CELL_PADDING, lineY);
					lineY -= BODY * LEADING;
				}
				x += columns[i];
			}
			content.setStrokingColor(0.6f, 0.6f, 0.6f);
			content.setLineWidth(0.5f);
			content.moveTo(MARGIN, y - height);
			content.lineTo(MARGIN + width, y - height);
			content.stroke();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y -= height;
		return samePage;
	}

	private void paragraph(String text, PDType1Font font, float size, float after) {
		for (String paragraph : (text == null ? "" : text).split("\\R")) {
			for (String line : wrap(paragraph, font, size, width)) {
				keepTogether(size * LEADING);
				write(line, font, size, MARGIN, y - size);
				y -= size * LEADING;
			}
		}
		y -= after;
	}

	private void keepTogether(float height) {
		if (y - height < MARGIN + FOOTER) {
			newPage();
		}
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void write(String text, PDType1Font font, float size, float x, float atY) {
		try {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, atY);
			content.showText(text);
			content.endText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Words on lines no wider than {@code max}; a word too long for a line is cut. */
	private List<String> wrap(String text, PDType1Font font, float size, float max) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(text).split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" +")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (textWidth(candidate, font, size) <= max) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (textWidth(word, font, size) > max && word.length() > 1) {
					int cut = word.length() - 1;
					while (cut > 1 && textWidth(word.substring(0, cut), font, size) > max) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private float textWidth(String text, PDType1Font font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with characters the standard fonts cannot show replaced by '?'. */
	private String printable(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : (text == null ? "" : text.replace('\t', ' ')).toCharArray()) {
			if (c == '\n' || c == '\r') {
				out.append(c);
				continue;
			}
			boolean ok = printable.computeIfAbsent(c, ch -> {
				try {
					regular.encode(String.valueOf(ch));
					bold.encode(String.valueOf(ch));
					return true;
				}
				catch (IOException | IllegalArgumentException e) {
					return false;
				}
			});
			out.append(ok ? c : '?');
		}
		return out.toString();
	}
}

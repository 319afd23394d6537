package dev.vigil.report;

/**
 * A page written as well-formed XHTML: every tag closed and only the five XML entities, so a browser shows it and any
 * XML parser reads it back.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with escaped text content. */
    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A table with a header row; the cells are escaped. */
    Html table(String[] header, java.util.List<String[]> rows) {
        out.append("<table>\n<tr>");
        for (String cell : header) {
            out.append("<th>").append(escape(cell)).append("</th>");
        }
        out.append("</tr>\n");
        for (String[] row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        return this;
    }

    /** A chart as an image embedded in the page. */
    Html figure(ChartImage image) {
        out.append("<figure><img src=\"").append(image.dataUri()).append("\" alt=\"").append(escape(image.title()))
                .append("\" width=\"").append(image.width()).append("\" height=\"").append(image.height())
                .append("\" /><figcaption>").append(escape(image.title())).append("</figcaption></figure>\n");
        return this;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The whole page around {@code body}, with its styles inline: one file, nothing to fetch. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\" />\n<title>" + escape(title) + "</title>\n<style>\n" + STYLE
                + "</style>\n</head>\n<body>\n" + body + "<footer>Written by Vigil</footer>\n</body>\n</html>\n";
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1f2430; margin: 24px auto;
                   max-width: 1100px; padding: 0 16px; }
            h1 { font-size: 24px; margin-bottom: 4px; }
            h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #e6e8ee; padding-bottom: 4px; }
            h3 { font-size: 15px; margin-top: 20px; }
            .lead { color: #5b6270; margin-top: 0; }
            figure { display: inline-block; margin: 8px 12px 8px 0; vertical-align: top; }
            figure img { border: 1px solid #e6e8ee; border-radius: 6px; max-width: 100%; height: auto; }
            figcaption { font-size: 12px; color: #5b6270; }
            table { border-collapse: collapse; margin: 8px 0 12px 0; font-size: 13px; }
            th, td { border: 1px solid #e1e4ea; padding: 4px 10px; text-align: left; }
            th { background: #f7f8fa; }
            pre { background: #f7f8fa; border: 1px solid #e6e8ee; border-radius: 6px; padding: 10px; font-size: 12px;
                  overflow-x: auto; }
            footer { margin-top: 40px; font-size: 11px; color: #8a90a0; }
            """;
}

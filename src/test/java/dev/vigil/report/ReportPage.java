package dev.vigil.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A written report read back as a reader's browser would need it: the page parses (an XML parser, the strictest
 * reader there is), and every image is an embedded PNG that decodes to a drawn chart, not a blank one.
 *
 * @param text    the page's text, tags left out
 * @param charts  the captions of the charts, in page order
 */
public record ReportPage(String text, List<String> charts) {

    public static ReportPage read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document page = factory.newDocumentBuilder().parse(file.toFile());
        NodeList images = page.getElementsByTagNameNS("*", "img");
        List<String> charts = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            Element image = (Element) images.item(i);
            String source = image.getAttribute("src");
            String prefix = "data:image/png;base64,";
            if (!source.startsWith(prefix)) {
                throw new AssertionError("image " + i + " is not embedded: " + source.substring(0,
                        Math.min(40, source.length())));
            }
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                    source.substring(prefix.length()))));
            if (png == null || png.getWidth() != Integer.parseInt(image.getAttribute("width"))) {
                throw new AssertionError("image " + i + " (" + image.getAttribute("alt") + ") does not decode");
            }
            if (colours(png) < 3) {
                throw new AssertionError("image " + i + " (" + image.getAttribute("alt") + ") is blank");
            }
            charts.add(image.getAttribute("alt"));
        }
        return new ReportPage(page.getDocumentElement().getTextContent(), charts);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
                if (seen.size() >= 3) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}

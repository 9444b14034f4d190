import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws Clipfile's icon (a clipped news sheet on a blue tile) as a PNG:
 * {@code java src/packaging/MakeIcon.java src/packaging/clipfile.png 256}. The PNG is committed; this
 * is how it was made, to make it again at another size. {@code clipfile.ico} (Windows) and
 * {@code clipfile.icns} (macOS) hold the same 256-pixel PNG, each in its system's icon container.
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(new Color(0x1F4E79));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // The sheet.
        g.rotate(Math.toRadians(-6), 128, 128);
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(62, 44, 132, 172, 10, 10));
        g.setColor(new Color(0x1F4E79));
        g.fillRect(78, 70, 100, 14); // the headline
        g.setColor(new Color(0x9AA7B4));
        for (int y = 98; y <= 190; y += 16) {
            g.fillRect(78, y, y == 190 ? 60 : 100, 6);
        }
        g.rotate(Math.toRadians(6), 128, 128);
        // The clip.
        g.setColor(new Color(0xF2A93B));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new RoundRectangle2D.Double(150, 22, 30, 92, 30, 30));
        g.draw(new RoundRectangle2D.Double(160, 40, 12, 56, 12, 12));
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}

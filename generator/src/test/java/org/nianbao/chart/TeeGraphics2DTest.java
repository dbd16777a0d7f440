package org.nianbao.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TeeGraphics2DTest {
    /** An absolute transform set through the tee keeps each graphics' own starting one (the 2x scale). */
    @Test
    void setTransformKeepsEachGraphicsOwnScale() {
        BufferedImage one = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage two = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = two.createGraphics();
        g2.scale(2, 2);
        Graphics2D tee = new TeeGraphics2D(one.createGraphics(), g2);
        tee.rotate(0.5);
        tee.setTransform(AffineTransform.getTranslateInstance(2, 3));
        tee.setColor(Color.RED);
        tee.fillRect(0, 0, 4, 4);
        tee.dispose();
        assertEquals(new AffineTransform(), new TeeGraphics2D(one.createGraphics(), two.createGraphics()).getTransform());
        assertEquals(0xff0000, one.getRGB(2, 3) & 0xffffff);
        assertEquals(0, one.getRGB(6, 7) & 0xffffff);
        // at 2x the square covers (4, 6) to (11, 13)
        assertEquals(0xff0000, two.getRGB(4, 6) & 0xffffff);
        assertEquals(0xff0000, two.getRGB(11, 13) & 0xffffff);
        assertEquals(0, two.getRGB(12, 14) & 0xffffff);
        assertEquals(0, two.getRGB(3, 5) & 0xffffff);
    }

    /** Questions are answered by the first graphics: the layout is measured at 1x. */
    @Test
    void theFirstGraphicsAnswers() {
        BufferedImage one = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage two = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g1 = one.createGraphics();
        Graphics2D g2 = two.createGraphics();
        g2.scale(2, 2);
        Graphics2D tee = new TeeGraphics2D(g1, g2);
        assertEquals(g1.getFontRenderContext(), tee.getFontRenderContext());
        assertEquals(new AffineTransform(), tee.getTransform());
        tee.translate(5, 0);
        assertEquals(AffineTransform.getTranslateInstance(5, 0), tee.getTransform());
        assertEquals(new AffineTransform(2, 0, 0, 2, 10, 0), g2.getTransform());
    }
}

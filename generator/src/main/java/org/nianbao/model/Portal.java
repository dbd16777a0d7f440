package org.nianbao.model;

/**
 * The portal that hosts the column, as its pages' furniture shows it (meta tags, footer, icon).
 *
 * @param name        门户网站名称: the portal's name, for {@code SiteName}
 * @param contact     联系我们: the portal's contact page (http, https or mailto), may be empty
 * @param errorReport 找错地址: the national error-report platform's address for this site, 标识码 filled in; empty without a 标识码
 * @param emblemImage 党政机关标识图片: the portal's 党政机关网站标识 image, a path in the column (under static/), may be empty
 * @param emblemLink  党政机关标识链接: where that image links (the portal's own certificate page), may be empty
 * @param icon        网站图标: the site's favicon, a path in the column (under static/); empty for the theme's
 */
public record Portal(String name, String contact, String errorReport, String emblemImage, String emblemLink, String icon) {

    /** 我为政府网站找错: the national platform, with the site's 标识码 in place of {@code {标识码}}. */
    public static final String ERROR_REPORT = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={标识码}";

    /** The ICP registry, which 备案号 link to. */
    public static final String ICP_REGISTRY = "https://beian.miit.gov.cn/";

    public String icpRegistry() {
        return ICP_REGISTRY;
    }

    /** The 公安机关 registry's page for a 备案号: its digits after {@code recordcode=}. */
    public String psbRegistry(String psb) {
        return "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + psb.replaceAll("[^0-9]", "");
    }
}

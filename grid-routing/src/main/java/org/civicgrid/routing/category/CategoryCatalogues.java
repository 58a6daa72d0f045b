package org.civicgrid.routing.category;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Preset category catalogues, shipped as catalogue documents ({@link CategoryCatalogueJson}) in this
 * package's resources so a city can copy one and edit it, or extend it with its own classes
 * ({@link CategoryCatalogue#extend(String)}, codes from {@value CategoryCodes#FIRST_LOCAL}). Their
 * limits are starting values from the sources named in each catalogue's description, never rules
 * to hard-code.
 *
 * <p>Each preset is read once, on first use, and shared: the catalogues are immutable and safe to use
 * from any thread.
 */
public final class CategoryCatalogues {
  private CategoryCatalogues() {}

  /**
   * The digital city management events (数字城管 事件) after CJ/T 214 / GB/T 30428.2: 01 市容环境,
   * 02 宣传广告, 03 施工管理, 04 突发事件, 05 街面秩序 and 06 其他事件, with their subcategories
   * (私搭乱建, 暴露垃圾, 积存垃圾渣土, 道路不洁, 水域不洁 with Jiyuan's limits, …), all dispatched to the
   * responsible department, as the command centre does. Id {@code city-management-events}.
   */
  public static CategoryCatalogue cityManagementEvents() {
    return CityManagement.CATALOGUE;
  }

  /**
   * Social-governance matters (基层社会治理), grid first unless a department or utility must act: 01
   * 矛盾纠纷 (disputes), 02 治安与安全隐患 (public security and safety hazards), 03 民生服务 (livelihood
   * services), 04 公用事业 (utilities: water, power, gas, heating, dispatched straight to the utility)
   * and 05 其他. It holds the seeds' cases: the Tongnan burst water main ({@code 0401}), the Changyuan
   * blocked car ({@code 0202}), the Wuhua neighbours' dispute ({@code 0101}) and Beipiao's sanitation,
   * street lights, parcels and rainstorm risks. Id {@code social-governance}.
   */
  public static CategoryCatalogue socialGovernance() {
    return SocialGovernance.CATALOGUE;
  }

  private static CategoryCatalogue load(String resource) {
    try (InputStream in = CategoryCatalogues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("preset " + resource + " is missing from the class path");
      }
      return CategoryCatalogueJson.read(in, "preset category catalogue " + resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read preset " + resource, e);
    }
  }

  /** Loaded on first use only. */
  private static final class CityManagement {
    static final CategoryCatalogue CATALOGUE = load("city-management-events.json");
  }

  /** Loaded on first use only. */
  private static final class SocialGovernance {
    static final CategoryCatalogue CATALOGUE = load("social-governance.json");
  }
}

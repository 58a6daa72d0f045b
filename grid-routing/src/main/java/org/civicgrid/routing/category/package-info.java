/**
 * The two-level category catalogue (事件分类): main classes ({@link
 * org.civicgrid.routing.category.Category}, 大类) and their subcategories ({@link
 * org.civicgrid.routing.category.Subcategory}, 小类), each subcategory carrying its filing condition
 * (立案条件), handling limit (处置时限) and closing condition (结案条件), the department or utility
 * responsible, and whether its cases go to the grid first or to that department directly. Catalogues
 * are data: presets in {@link org.civicgrid.routing.category.CategoryCatalogues} are catalogue
 * documents, and a city's own classes extend them in a reserved code range ({@link
 * org.civicgrid.routing.category.CategoryCodes}) that never collides with preset codes.
 */
package org.civicgrid.routing.category;

package org.civicgrid.core.staff;

/** How a staff member can be reached; decides how a {@link Contact}'s value is checked and masked. Immutable. */
public enum ContactKind {
  /** 手机: a mobile number, shown as {@code 138****5678}. */
  MOBILE,
  /** 座机: a landline number with its area code, shown as {@code 041*-***2345}. */
  LANDLINE,
  /** 电子邮箱: an e-mail address, shown as {@code z***@example.com}. */
  EMAIL,
  /** 微信: a WeChat id, shown as {@code wx****9}. */
  WECHAT
}

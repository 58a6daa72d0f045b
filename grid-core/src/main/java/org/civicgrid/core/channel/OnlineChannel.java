package org.civicgrid.core.channel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;

/**
 * An online group on a messaging platform that serves as a grid's online grid (网络网格), such as
 * Tongnan's "潼心共治" grid service groups. Names and a member count only; members' identities are
 * never kept. Immutable.
 *
 * @param memberCount the number of members when last counted, if known
 */
public record OnlineChannel(ChannelId id, String displayName, OptionalInt memberCount) {
  /** WeChat (微信) groups. */
  public static final String WECHAT = "wechat";
  /** WeCom (企业微信) customer groups. */
  public static final String WECOM = "wecom";
  /** DingTalk (钉钉) groups. */
  public static final String DINGTALK = "dingtalk";

  public OnlineChannel {
    checkNotNull(id, "id");
    checkNotNull(displayName, "channel %s has no display name", id);
    checkNotNull(memberCount, "memberCount");
    checkArgument(memberCount.orElse(0) >= 0, "channel %s: negative member count %s", id, memberCount.orElse(0));
  }

  /** The group {@code groupId} on {@code platform}, member count unknown. */
  public static OnlineChannel of(String platform, String groupId, String displayName) {
    return new OnlineChannel(new ChannelId(platform, groupId), displayName, OptionalInt.empty());
  }

  public String platform() {
    return id.platform();
  }

  public String groupId() {
    return id.groupId();
  }

  /** This channel with {@code members} members counted. */
  public OnlineChannel withMemberCount(int members) {
    return new OnlineChannel(id, displayName, OptionalInt.of(members));
  }

  @Override
  public String toString() {
    return id + " " + displayName;
  }
}

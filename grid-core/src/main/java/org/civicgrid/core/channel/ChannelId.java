package org.civicgrid.core.channel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * What identifies an online channel: the platform and the group's id on it. A group id is unique
 * only within its platform, so both make the key. Immutable.
 *
 * @param platform lower-kebab platform id, for example {@link OnlineChannel#WECHAT}
 * @param groupId the platform's own id of the group (a WeCom {@code chat_id}, a WeChat chatroom id)
 */
public record ChannelId(String platform, String groupId) {
  private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public ChannelId {
    checkArgument(platform != null && LOWER_KEBAB.matcher(platform).matches(),
        "platform id %s is not lower-kebab", platform);
    checkArgument(groupId != null && !groupId.isBlank(), "group id on %s must not be blank", platform);
  }

  @Override
  public String toString() {
    return platform + ":" + groupId;
  }
}

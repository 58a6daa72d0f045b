package org.civicgrid.core.channel;

import static com.google.common.base.Preconditions.checkArgument;

import org.civicgrid.core.code.LowerKebab;

/**
 * What identifies an online channel: the platform and the group's id on it. A group id is unique
 * only within its platform, so both make the key. Immutable.
 *
 * @param platform lower-kebab platform id, for example {@link OnlineChannel#WECHAT}
 * @param groupId the platform's own id of the group (a WeCom {@code chat_id}, a WeChat chatroom id)
 */
public record ChannelId(String platform, String groupId) {
  public ChannelId {
    checkArgument(LowerKebab.matches(platform),
        "platform id %s is not lower-kebab", platform);
    checkArgument(groupId != null && !groupId.isBlank(), "group id on %s must not be blank", platform);
  }

  @Override
  public String toString() {
    return platform + ":" + groupId;
  }
}

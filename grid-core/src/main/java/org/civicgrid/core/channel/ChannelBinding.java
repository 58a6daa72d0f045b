package org.civicgrid.core.channel;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.civicgrid.core.code.GridCode;

/**
 * An online channel bound to the grid it serves (一格一群), and the day the binding began. Immutable.
 *
 * @param grid the code of the physical grid the channel serves
 * @param since the first day the channel served the grid
 */
public record ChannelBinding(OnlineChannel channel, GridCode grid, LocalDate since) {
  public ChannelBinding {
    checkNotNull(channel, "channel");
    checkNotNull(grid, "channel %s is bound to no grid", channel.id());
    checkNotNull(since, "binding of %s to %s has no start date", channel.id(), grid);
  }

  @Override
  public String toString() {
    return channel + " → " + grid + " since " + since;
  }
}

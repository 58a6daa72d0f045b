/**
 * Online grids (一格一群, 网络网格): each physical grid has online channels, such as a WeChat or WeCom
 * group, bound to it so residents' posts reach the grid's staff. A
 * {@link org.civicgrid.core.channel.ChannelBinding} ties one {@link org.civicgrid.core.channel.OnlineChannel}
 * to one grid code; a {@link org.civicgrid.core.channel.ChannelDirectory} holds the bindings and finds
 * grids without a channel and channels left on retired grids.
 */
package org.civicgrid.core.channel;

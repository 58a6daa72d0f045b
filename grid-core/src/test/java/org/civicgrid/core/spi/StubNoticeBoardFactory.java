package org.civicgrid.core.spi;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;

/** A notice-board plugin whose id, availability, order, parameters and create() a test picks. */
public final class StubNoticeBoardFactory implements NoticeBoardFactory {
  private final String id;
  private final boolean available;
  private final int order;
  private final ImmutableList<ParameterDescriptor<?>> parameters;
  private final Function<Config, NoticeBoard> creation;

  private StubNoticeBoardFactory(
      String id,
      boolean available,
      int order,
      ImmutableList<ParameterDescriptor<?>> parameters,
      Function<Config, NoticeBoard> creation) {
    this.id = id;
    this.available = available;
    this.order = order;
    this.parameters = parameters;
    this.creation = creation;
  }

  /** An available plugin without parameters whose create() returns a fresh board. */
  static StubNoticeBoardFactory named(String id) {
    return new StubNoticeBoardFactory(
        id, true, 0, ImmutableList.of(), config -> new NoticeBoard(id, config));
  }

  StubNoticeBoardFactory unavailable() {
    return new StubNoticeBoardFactory(id, false, order, parameters, creation);
  }

  StubNoticeBoardFactory ordered(int newOrder) {
    return new StubNoticeBoardFactory(id, available, newOrder, parameters, creation);
  }

  StubNoticeBoardFactory withParameters(ParameterDescriptor<?>... declared) {
    return new StubNoticeBoardFactory(
        id, available, order, ImmutableList.copyOf(declared), creation);
  }

  StubNoticeBoardFactory creating(Function<Config, NoticeBoard> newCreation) {
    return new StubNoticeBoardFactory(id, available, order, parameters, newCreation);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<ParameterDescriptor<?>> parameters() {
    return parameters;
  }

  @Override
  public boolean isAvailable() {
    return available;
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public NoticeBoard create(Config config) {
    return creation.apply(config);
  }

  @Override
  public String toString() {
    return "StubNoticeBoardFactory[" + id + "]";
  }
}

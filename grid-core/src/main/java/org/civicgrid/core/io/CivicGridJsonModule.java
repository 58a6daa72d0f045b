package org.civicgrid.core.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;

/**
 * The Jackson module for CivicGrid's values: register it on an {@code ObjectMapper} to read and write
 * {@link GridCode} (as a string), {@link CodeSegment}, {@link Level}, {@link LevelScheme},
 * {@link GridNode}, {@link Place} and whole {@link GridHierarchy} documents in the forms described in
 * {@code docs/formats.md}. Readers are strict whatever the mapper's settings: unknown fields and
 * wrong types fail with the line and column. {@link HierarchyJson} is the ready-made entry point.
 *
 * <p>Stateless; one instance may be registered on any number of mappers.
 */
public final class CivicGridJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public CivicGridJsonModule() {
    super("CivicGridJsonModule", Version.unknownVersion());
    addSerializer(GridCode.class, new NodeJson.CodeSerializer());
    addDeserializer(GridCode.class, new NodeJson.CodeDeserializer());
    addSerializer(CodeSegment.class, new SchemeJson.SegmentSerializer());
    addDeserializer(CodeSegment.class, new SchemeJson.SegmentDeserializer());
    addSerializer(Level.class, new SchemeJson.LevelSerializer());
    addDeserializer(Level.class, new SchemeJson.LevelDeserializer());
    addSerializer(LevelScheme.class, new SchemeJson.SchemeSerializer());
    addDeserializer(LevelScheme.class, new SchemeJson.SchemeDeserializer());
    addSerializer(GridNode.class, new NodeJson.NodeSerializer());
    addDeserializer(GridNode.class, new NodeJson.NodeDeserializer());
    addSerializer(Place.class, new NodeJson.PlaceSerializer());
    addDeserializer(Place.class, new NodeJson.PlaceDeserializer());
    addSerializer(GridHierarchy.class, new HierarchyDocument.Serializer());
    addDeserializer(GridHierarchy.class, new HierarchyDocument.Deserializer());
  }
}

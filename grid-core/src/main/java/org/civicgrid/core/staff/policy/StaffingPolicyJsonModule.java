package org.civicgrid.core.staff.policy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;

/**
 * The Jackson module for staffing policies: register it on an {@code ObjectMapper} to read and write a
 * {@link StaffingPolicy} as the policy document of {@link StaffingPolicyJson} (written compact). The
 * reader is as strict as {@link StaffingPolicyJson}'s whatever the mapper's settings, and fails with the
 * same {@link org.civicgrid.core.io.ImportFailedException}; a document may include the policies the module
 * was made with. Immutable; one instance may be registered on any number of mappers.
 */
public final class StaffingPolicyJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module whose documents may include {@code includable}, by id (presets such as Tongnan's). */
  public StaffingPolicyJsonModule(StaffingPolicy... includable) {
    super("StaffingPolicyJsonModule", Version.unknownVersion());
    ImmutableMap<String, StaffingPolicy> byId = StaffingPolicyJson.byId(ImmutableList.copyOf(includable));
    addSerializer(StaffingPolicy.class, new PolicySerializer());
    addDeserializer(StaffingPolicy.class, new PolicyDeserializer(byId));
  }

  private static final class PolicySerializer extends JsonSerializer<StaffingPolicy> {
    @Override
    public void serialize(StaffingPolicy policy, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeTree(StaffingPolicyJson.document(policy));
    }
  }

  private static final class PolicyDeserializer extends JsonDeserializer<StaffingPolicy> {
    private final ImmutableMap<String, StaffingPolicy> includable;

    PolicyDeserializer(ImmutableMap<String, StaffingPolicy> includable) {
      this.includable = includable;
    }

    @Override
    public StaffingPolicy deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return new PolicyReader("staffing policy", includable).read(p, false);
    }
  }
}

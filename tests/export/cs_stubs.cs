// Exactly the System.Text.Json API surface the generated C# files use, as stubs, so Mono's mcs (which has
// no System.Text.Json) can type-check them: tests/export_csharp.rs compiles this into stubs.dll and the
// exports against it. Signatures follow .NET 6; bodies only throw. Nothing here is ever run.
using System;

namespace System.Text.Json
{
    public enum JsonTokenType { None, StartObject, EndObject, StartArray, EndArray, PropertyName, Comment, String, Number, True, False, Null }

    public class JsonException : Exception
    {
        public JsonException(string message) : base(message) { }
    }

    public sealed class JsonSerializerOptions { }

    public static class JsonSerializer
    {
        public static TValue Deserialize<TValue>(string json, JsonSerializerOptions options = null) { throw new NotImplementedException(); }
        public static string Serialize<TValue>(TValue value, JsonSerializerOptions options = null) { throw new NotImplementedException(); }
    }

    public struct Utf8JsonReader
    {
        public JsonTokenType TokenType { get { throw new NotImplementedException(); } }
        public string GetString() { throw new NotImplementedException(); }
        public bool TryGetInt64(out long value) { throw new NotImplementedException(); }
    }

    public sealed class Utf8JsonWriter
    {
        public void WriteStringValue(string value) { throw new NotImplementedException(); }
        public void WriteNumberValue(long value) { throw new NotImplementedException(); }
        public void WriteNullValue() { throw new NotImplementedException(); }
    }

    public struct JsonElement { }
}

namespace System.Text.Json.Serialization
{
    public abstract class JsonConverter
    {
    }

    public abstract class JsonConverter<T> : JsonConverter
    {
        public abstract T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options);
        public abstract void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options);
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
    public class JsonConverterAttribute : Attribute
    {
        public JsonConverterAttribute(Type converterType) { }
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class JsonPropertyNameAttribute : Attribute
    {
        public JsonPropertyNameAttribute(string name) { }
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class JsonIgnoreAttribute : Attribute { }
}

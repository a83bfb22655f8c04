
    /// <summary>Every event type derives from this; <see cref="EventName"/> is the declared name ("" for <see cref="UnknownEvent"/>).</summary>
    public abstract class WebhookEvent
    {
        /// <summary>The declared event name.</summary>
        public abstract string EventName { get; }
    }

    /// <summary>
    /// Date-times and dates exactly as sent: ISO 8601 <c>YYYY-MM-DDThh:mm[:ss[.f{1,9}]]</c> with an optional
    /// <c>Z</c>/<c>±hh:mm</c>/<c>±hhmm</c> zone, or "" for none. Kept as text because the vendors send layouts
    /// <see cref="DateTimeOffset"/>'s reader rejects (seven-digit fractions are fine, but zone-less values would
    /// silently take the machine's zone); <see cref="Parse"/> reads them.
    /// </summary>
    public static class Stamps
    {
        /// <summary>The instant, or null for "" and text that is not a date-time (a date when <paramref name="timeRequired"/> is false); a zone-less value is read with <paramref name="zoneless"/>.</summary>
        public static DateTimeOffset? Parse(string? text, bool timeRequired, TimeSpan zoneless)
        {
            if (text == null) return null;
            string s = text;
            int year = Num(s, 0, 4), month = Num(s, 5, 2), day = Num(s, 8, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || At(s, 4) != '-' || At(s, 7) != '-' || day > DateTime.DaysInMonth(year, month)) return null;
            if (s.Length == 10 && !timeRequired) return Build(year, month, day, 0, 0, 0, 0, zoneless);
            int hour = Num(s, 11, 2), minute = Num(s, 14, 2);
            if ((At(s, 10) != 'T' && At(s, 10) != 't') || At(s, 13) != ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
            int i = 16, second = 0;
            long ticks = 0;
            if (At(s, i) == ':')
            {
                second = Num(s, i + 1, 2);
                if (second < 0 || second > 59) return null;
                i += 3;
                if (At(s, i) == '.')
                {
                    int digits = 0;
                    while (At(s, i + 1 + digits) >= '0' && At(s, i + 1 + digits) <= '9') digits++;
                    if (digits < 1 || digits > 9) return null;
                    // Ticks are 100 ns: the eighth and ninth digits are below what DateTimeOffset holds.
                    long nanos = Num(s, i + 1, digits);
                    for (int k = digits; k < 9; k++) nanos *= 10;
                    ticks = nanos / 100;
                    i += 1 + digits;
                }
            }
            string zone = s.Substring(i);
            TimeSpan offset = zoneless;
            if (zone == "Z" || zone == "z") offset = TimeSpan.Zero;
            else if (zone.Length == 5 || (zone.Length == 6 && zone[3] == ':'))
            {
                int zh = Num(s, i + 1, 2), zm = Num(s, s.Length - 2, 2);
                if ((zone[0] != '+' && zone[0] != '-') || zh < 0 || zh > 23 || zm < 0 || zm > 59) return null;
                offset = new TimeSpan(zone[0] == '-' ? -zh : zh, zone[0] == '-' ? -zm : zm, 0);
            }
            else if (zone.Length != 0) return null;
            return Build(year, month, day, hour, minute, second, ticks, offset);
        }

        static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, long ticks, TimeSpan offset)
        {
            try
            {
                return new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            }
            catch (ArgumentOutOfRangeException)
            {
                // An offset moving the instant outside years 1-9999, or beyond ±14 h (.NET's limit).
                return null;
            }
        }

        /// <summary>Whether the text is "" or a date-time (a date when <paramref name="timeRequired"/> is false) in the layout above.</summary>
        public static bool IsValid(string text, bool timeRequired)
        {
            return text.Length == 0 || Parse(text, timeRequired, TimeSpan.Zero) != null || Shape(text, timeRequired);
        }

        // DateTimeOffset refuses offsets beyond ±14 h, which the explorer only warns about: check such a
        // value's zone by hand and the rest without it.
        static bool Shape(string text, bool timeRequired)
        {
            int n = text.Length;
            int start = n >= 6 && text[n - 3] == ':' ? n - 6 : n - 5;
            if (start < 10 || (text[start] != '+' && text[start] != '-')) return false;
            int zh = Num(text, start + 1, 2), zm = Num(text, n - 2, 2);
            return zh >= 0 && zh <= 23 && zm >= 0 && zm <= 59 && Parse(text.Substring(0, start), timeRequired, TimeSpan.Zero) != null;
        }

        static char At(string s, int i) { return i < s.Length ? s[i] : '\0'; }

        static int Num(string s, int from, int width)
        {
            if (from + width > s.Length) return -1;
            int n = 0;
            for (int k = from; k < from + width; k++)
            {
                if (s[k] < '0' || s[k] > '9') return -1;
                n = n * 10 + (s[k] - '0');
            }
            return n;
        }
    }

    /// <summary>Reads a date-time kept as text: a JSON string holding "" or a date-time (see <see cref="Stamps"/>).</summary>
    public sealed class DateTimeTextConverter : JsonConverter<string>
    {
        /// <inheritdoc/>
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            return StampText.Read(ref reader, true);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Reads a date kept as text: a JSON string holding "" or YYYY-MM-DD, optionally with a time.</summary>
    public sealed class DateTextConverter : JsonConverter<string>
    {
        /// <inheritdoc/>
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            return StampText.Read(ref reader, false);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            writer.WriteStringValue(value);
        }
    }

    static class StampText
    {
        internal static string Read(ref Utf8JsonReader reader, bool timeRequired)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected a date-time string");
            string text = reader.GetString() ?? "";
            if (!Stamps.IsValid(text, timeRequired)) throw new JsonException("not an ISO 8601 date-time: " + text);
            return text;
        }
    }

    /// <summary>Reads a GUID in the 8-4-4-4-12 form (either case); "" reads as null, as the vendors mean it.</summary>
    public sealed class GuidConverter : JsonConverter<Guid?>
    {
        /// <inheritdoc/>
        public override Guid? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected a GUID string");
            string text = reader.GetString() ?? "";
            Guid value;
            if (text.Length == 0) return null;
            if (!Guid.TryParseExact(text, "D", out value)) throw new JsonException("not a GUID: " + text);
            return value;
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, Guid? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteStringValue(value.Value.ToString("D")); else writer.WriteNullValue();
        }
    }

    /// <summary>Reads a 64-bit id exactly, sent as a JSON integer or, as public receivers see, a numeric string ("1042").</summary>
    public sealed class Int64IdConverter : JsonConverter<long?>
    {
        /// <inheritdoc/>
        public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            long value;
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value)) return value;
            if (reader.TokenType == JsonTokenType.String)
            {
                // JSON's integer grammar: no '+', no leading zeros, digits only.
                string text = reader.GetString() ?? "";
                string digits = text.StartsWith("-", StringComparison.Ordinal) ? text.Substring(1) : text;
                bool plain = digits.Length > 0 && (digits.Length == 1 || digits[0] != '0');
                foreach (char c in digits) plain = plain && c >= '0' && c <= '9';
                if (plain && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return value;
            }
            throw new JsonException("expected a 64-bit integer");
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value); else writer.WriteNullValue();
        }
    }

    static class EventNames
    {
        /// <summary>The index of the declared event a name selects, as gymhook's explorer does: trimmed, the exact name, then an alias, then the name in any ASCII letter case; -1 when none.</summary>
        internal static int Match(string[][] events, string? sent)
        {
            if (sent == null) return -1;
            string name = sent.Trim();
            for (int i = 0; i < events.Length; i++) if (events[i][0] == name) return i;
            for (int i = 0; i < events.Length; i++) for (int a = 1; a < events[i].Length; a++) if (events[i][a] == name) return i;
            for (int i = 0; i < events.Length; i++) if (AsciiFold(events[i][0]) == AsciiFold(name)) return i;
            return -1;
        }

        // OrdinalIgnoreCase would also fold non-ASCII look-alikes; the explorer folds ASCII letters only.
        static string AsciiFold(string s)
        {
            char[] chars = s.ToCharArray();
            for (int i = 0; i < chars.Length; i++) if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char)(chars[i] + 32);
            return new string(chars);
        }
    }

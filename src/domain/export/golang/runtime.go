// DateTime is an ISO 8601 date-time exactly as sent. The text is kept because the vendors send layouts
// time.Time's decoder rejects: seven-digit fractions, no zone at all, "" for none. Unmarshalling checks
// the layout gymhook accepts (YYYY-MM-DDThh:mm[:ss[.f{1,9}]][Z|±hh:mm|±hhmm], 't' and 'z' too) or "";
// Time parses it. A JSON null leaves a *DateTime nil.
type DateTime string

// UnmarshalJSON accepts a JSON string holding "" or a date-time in the layout above.
func (d *DateTime) UnmarshalJSON(b []byte) error {
	s, err := stampText(b, true)
	*d = DateTime(s)
	return err
}

// IsEmpty reports whether the vendor sent "" (meaning none).
func (d DateTime) IsEmpty() bool { return d == "" }

// Time parses the value; a zone-less value is read in zoneless (time.UTC for fields named ...Utc).
func (d DateTime) Time(zoneless *time.Location) (time.Time, error) {
	return parseStamp(string(d), true, zoneless)
}

// Date is a date (YYYY-MM-DD), optionally followed by a time as in DateTime, exactly as sent; "" means none.
type Date string

// UnmarshalJSON accepts a JSON string holding "" or a date.
func (d *Date) UnmarshalJSON(b []byte) error {
	s, err := stampText(b, false)
	*d = Date(s)
	return err
}

// IsEmpty reports whether the vendor sent "" (meaning none).
func (d Date) IsEmpty() bool { return d == "" }

// Time parses the value; a value without a zone is read in zoneless.
func (d Date) Time(zoneless *time.Location) (time.Time, error) {
	return parseStamp(string(d), false, zoneless)
}

// Guid is a GUID in the 8-4-4-4-12 form (either letter case) exactly as sent; "" means none.
type Guid string

// UnmarshalJSON accepts a JSON string holding "" or a GUID.
func (g *Guid) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil || b[0] != '"' {
		return fmt.Errorf("GUID: expected a string, found %s", b)
	}
	for i, c := range []byte(s) {
		hyphen := i == 8 || i == 13 || i == 18 || i == 23
		hex := ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
		if len(s) != 36 || hyphen != (c == '-') || (!hyphen && !hex) {
			return fmt.Errorf("GUID: %q is not in the 8-4-4-4-12 form", s)
		}
	}
	*g = Guid(s)
	return nil
}

// Decimal is a JSON number kept as its exact text ("12", "12.5e2", "33.78"): no rounding through float64
// until you ask for it. A numeric string is rejected, as .NET rejects it.
type Decimal string

// UnmarshalJSON accepts a JSON number.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || (b[0] != '-' && (b[0] < '0' || b[0] > '9')) {
		return fmt.Errorf("decimal: expected a number, found %s", b)
	}
	*d = Decimal(b)
	return nil
}

// MarshalJSON writes the text back as a JSON number.
func (d Decimal) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return []byte(d), nil
}

// Float64 converts the value (it may round, or overflow to ±Inf with an error).
func (d Decimal) Float64() (float64, error) { return strconv.ParseFloat(string(d), 64) }

// Int64ID is a 64-bit id read exactly, sent as a JSON integer or, as public receivers see, a numeric
// string ("1042"); written back as a number.
type Int64ID int64

// UnmarshalJSON accepts an integer (no fraction, no exponent) or the same digits in a string.
func (id *Int64ID) UnmarshalJSON(b []byte) error {
	text := string(b)
	if len(b) > 1 && b[0] == '"' {
		if err := json.Unmarshal(b, &text); err != nil {
			return err
		}
	}
	digits := strings.TrimPrefix(text, "-")
	if digits == "" || strings.Trim(digits, "0123456789") != "" || (len(digits) > 1 && digits[0] == '0') {
		return fmt.Errorf("int64: %s is not an integer", b)
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return fmt.Errorf("int64: %s does not fit 64 bits", b)
	}
	*id = Int64ID(n)
	return nil
}

// stampText reads a JSON string and checks it is "" or a date-time (a date when timeRequired is false).
func stampText(b []byte, timeRequired bool) (string, error) {
	var s string
	if err := json.Unmarshal(b, &s); err != nil || b[0] != '"' {
		return "", fmt.Errorf("date-time: expected a string, found %s", b)
	}
	if s == "" {
		return s, nil
	}
	_, err := parseStamp(s, timeRequired, time.UTC)
	return s, err
}

// parseStamp reads YYYY-MM-DD[Thh:mm[:ss[.f{1,9}]][zone]], the layout gymhook's explorer accepts.
func parseStamp(s string, timeRequired bool, zoneless *time.Location) (time.Time, error) {
	bad := fmt.Errorf("%q is not an ISO 8601 date-time (YYYY-MM-DDThh:mm[:ss[.fffffff]][Z|±hh:mm])", s)
	num := func(from, width int) int {
		if from+width > len(s) {
			return -1
		}
		n := 0
		for _, c := range []byte(s[from : from+width]) {
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	at := func(i int, c byte) bool { return i < len(s) && s[i] == c }
	year, month, day := num(0, 4), num(5, 2), num(8, 2)
	if year < 1 || !at(4, '-') || !at(7, '-') || month < 1 || month > 12 || day < 1 ||
		day > time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return time.Time{}, bad
	}
	if len(s) == 10 && !timeRequired {
		return time.Date(year, time.Month(month), day, 0, 0, 0, 0, zoneless), nil
	}
	hour, minute := num(11, 2), num(14, 2)
	if !(at(10, 'T') || at(10, 't')) || !at(13, ':') || hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return time.Time{}, bad
	}
	i, second, nanos := 16, 0, 0
	if at(i, ':') {
		if second = num(i+1, 2); second < 0 || second > 59 {
			return time.Time{}, bad
		}
		i += 3
		if at(i, '.') {
			digits := 0
			for i+1+digits < len(s) && s[i+1+digits] >= '0' && s[i+1+digits] <= '9' {
				digits++
			}
			if digits < 1 || digits > 9 {
				return time.Time{}, bad
			}
			nanos = num(i+1, digits)
			for k := digits; k < 9; k++ {
				nanos *= 10
			}
			i += 1 + digits
		}
	}
	loc, zone := zoneless, s[i:]
	switch {
	case zone == "":
	case zone == "Z" || zone == "z":
		loc = time.UTC
	case (zone[0] == '+' || zone[0] == '-') && (len(zone) == 5 || (len(zone) == 6 && zone[3] == ':')):
		zh, zm := num(i+1, 2), num(len(s)-2, 2)
		if zh < 0 || zh > 23 || zm < 0 || zm > 59 {
			return time.Time{}, bad
		}
		offset := zh*3600 + zm*60
		if zone[0] == '-' {
			offset = -offset
		}
		loc = time.FixedZone(zone, offset)
	default:
		return time.Time{}, bad
	}
	return time.Date(year, time.Month(month), day, hour, minute, second, nanos, loc), nil
}

// matchEvent finds the declared event a name selects, as gymhook's explorer does: trimmed, the exact name,
// then an alias, then (ASCII) any letter case; -1 when no event matches.
func matchEvent(name string) int {
	name = strings.TrimSpace(name)
	for i, e := range eventTable {
		if e.name == name {
			return i
		}
	}
	for i, e := range eventTable {
		for _, alias := range e.aliases {
			if alias == name {
				return i
			}
		}
	}
	for i, e := range eventTable {
		if asciiFold(e.name) == asciiFold(name) {
			return i
		}
	}
	return -1
}

// asciiFold lowers ASCII letters only (strings.EqualFold would also fold non-ASCII look-alikes).
func asciiFold(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

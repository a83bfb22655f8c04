// The Go side of tests/it/export_go.rs: reads the cases file the Rust test writes (GYMHOOK_CASES) and parses
// every body with the generated packages. A valid body must parse, resolve to the event type the explorer
// names, and every value the typed structs hold (written back with json.Marshal) must equal the body's own,
// numbers compared by their text: big int64 ids survive exactly. A body marked must_fail must be rejected.
package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"testing"
)

type testCase struct {
	Vendor   string `json:"vendor"`
	Label    string `json:"label"`
	Body     string `json:"body"`
	Valid    bool   `json:"valid"`
	MustFail bool   `json:"must_fail"`
	Expect   string `json:"expect"`
}

type stats struct{ leaves, big int }

// parse(vendor, body) is written by tests/it/export_go.rs beside this file (vendors_test.go): one
// case per declared vendor, calling its package's Parse.

func decode(b []byte) (interface{}, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v interface{}
	return v, d.Decode(&v)
}

// cover checks every value of typed equals raw's value at the same place.
func cover(path string, typed, raw interface{}, st *stats) error {
	switch t := typed.(type) {
	case map[string]interface{}:
		r, ok := raw.(map[string]interface{})
		if !ok {
			return fmt.Errorf("%s: typed object, body has %v", path, raw)
		}
		for k, v := range t {
			if err := cover(path+"/"+k, v, r[k], st); err != nil {
				return err
			}
		}
	case []interface{}:
		r, ok := raw.([]interface{})
		if !ok || len(r) != len(t) {
			return fmt.Errorf("%s: typed array, body has %v", path, raw)
		}
		for i := range t {
			if err := cover(fmt.Sprintf("%s/%d", path, i), t[i], r[i], st); err != nil {
				return err
			}
		}
	case json.Number:
		st.leaves++
		text := ""
		switch r := raw.(type) {
		case json.Number:
			text = r.String()
		case string:
			text = r
		default:
			return fmt.Errorf("%s: typed number %s, body has %v", path, t, raw)
		}
		a, errA := strconv.ParseInt(t.String(), 10, 64)
		b, errB := strconv.ParseInt(text, 10, 64)
		if text != t.String() && (errA != nil || errB != nil || a != b) {
			return fmt.Errorf("%s: typed %s, body %s", path, t, text)
		}
		if errA == nil && (a > 1<<53 || a < -(1<<53)) {
			st.big++
		}
	default:
		st.leaves++
		if !reflect.DeepEqual(typed, raw) {
			return fmt.Errorf("%s: typed %#v, body %#v", path, typed, raw)
		}
	}
	return nil
}

func TestCorpus(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("GYMHOOK_CASES"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	var st stats
	valid, rejected, lenient := 0, 0, 0
	for _, c := range cases {
		w, event, err := parse(c.Vendor, []byte(c.Body))
		if !c.Valid {
			if err != nil {
				rejected++
			} else if c.MustFail {
				t.Errorf("%s: accepted, must fail", c.Label)
			} else {
				lenient++
			}
			continue
		}
		valid++
		if err != nil {
			t.Errorf("%s: %v", c.Label, err)
			continue
		}
		if got := reflect.TypeOf(event).Elem().Name(); got != c.Expect {
			t.Errorf("%s: event type %s, explorer says %s", c.Label, got, c.Expect)
		}
		out, err := json.Marshal(w)
		if err != nil {
			t.Errorf("%s: marshal: %v", c.Label, err)
			continue
		}
		typed, err1 := decode(out)
		raw, err2 := decode([]byte(c.Body))
		if err1 != nil || err2 != nil {
			t.Errorf("%s: decode: %v %v", c.Label, err1, err2)
			continue
		}
		if err := cover("", typed, raw, &st); err != nil {
			t.Errorf("%s: %v", c.Label, err)
		}
	}
	if st.big == 0 || valid == 0 {
		t.Errorf("the corpus must hold valid bodies and int64 values past 2^53 (%d, %d)", valid, st.big)
	}
	fmt.Printf("go: %d valid bodies parsed (%d values compared, %d int64 past 2^53 exact); %d invalid: %d rejected, %d accepted as documented leniency\n",
		valid, st.leaves, st.big, rejected+lenient, rejected, lenient)
}

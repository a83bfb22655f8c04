// Perfect Gym signature test vectors for a Go receiver (go test): every vector's raw request goes
// through your verify function; valid ones must pass, invalid ones must fail.
// Run: go test   (in a module holding this file, perfectgym.vectors.json and verify.go, which defines
// isValidPgmSignature(requestID, signature, secret string) bool in package main; PGM_VECTORS overrides
// the vectors' path).
package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type vector struct {
	Name    string `json:"name"`
	Request string `json:"request"`
	Secret  string `json:"secret"`
	Valid   bool   `json:"valid"`
	Reason  string `json:"reason"`
}

// headers maps lower-cased header names to values, from the raw request's head.
func headers(request string) map[string]string {
	head, _, _ := strings.Cut(request, "\r\n\r\n")
	out := map[string]string{}
	for _, line := range strings.Split(head, "\r\n")[1:] {
		if name, value, ok := strings.Cut(line, ":"); ok {
			out[strings.ToLower(strings.TrimSpace(name))] = strings.TrimSpace(value)
		}
	}
	return out
}

func TestVectors(t *testing.T) {
	path := os.Getenv("PGM_VECTORS")
	if path == "" {
		path = "perfectgym.vectors.json"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Vectors []vector `json:"vectors"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	for _, v := range file.Vectors {
		v := v
		t.Run(v.Name, func(t *testing.T) {
			h := headers(v.Request)
			if got := isValidPgmSignature(h["x-perfectgym-request"], h["x-perfectgym-signature"], v.Secret); got != v.Valid {
				t.Errorf("got %v, want %v: %s", got, v.Valid, v.Reason)
			}
		})
	}
}

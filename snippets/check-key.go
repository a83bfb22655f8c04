// Check a webhook's static key in Go. The vendor signs nothing: it sends the same key in the
// {{HEADER}} header on every delivery, so comparing it with your key (in constant time) is the whole check.
package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
)

// isExpectedKey compares digests: equal lengths for ConstantTimeCompare, and the key's length leaks nothing.
func isExpectedKey(received, expected string) bool {
	a, b := sha256.Sum256([]byte(received)), sha256.Sum256([]byte(expected))
	return expected != "" && subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

func main() {
	// In a handler: r.Header.Get matches the header name in any letter case.
	//   received := r.Header.Get("{{HEADER}}")
	//   expected := os.Getenv("WEBHOOK_API_KEY")
	expected := "{{KEY}}"
	received := "{{RECEIVED}}"

	if isExpectedKey(received, expected) {
		fmt.Println("match")
	} else {
		fmt.Println("mismatch")
	}
}

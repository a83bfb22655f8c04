// Verify a Perfect Gym (PGM) webhook signature in Go.
// PGM sends X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret) as hex.
// The hex letter case is not documented: compare lower-cased, in constant time.
package main

import (
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"strings"
)

func pgmSignature(requestID, secret string) string {
	sum := md5.Sum([]byte(requestID + ":" + secret))
	return hex.EncodeToString(sum[:])
}

func isValidPgmSignature(requestID, signature, secret string) bool {
	expected := []byte(pgmSignature(requestID, secret))
	received := []byte(strings.ToLower(signature))
	return subtle.ConstantTimeCompare(expected, received) == 1
}

func main() {
	// In a handler the values come from the request and your configuration:
	//   requestID := r.Header.Get("X-PerfectGym-Request")
	//   signature := r.Header.Get("X-PerfectGym-Signature") // absent when no secret is configured
	//   secret := os.Getenv("PGM_WEBHOOK_SECRET")
	requestID := "{{REQUEST_ID}}"
	secret := "{{SECRET}}"
	signature := "{{SIGNATURE}}"

	fmt.Println(pgmSignature(requestID, secret))
	if isValidPgmSignature(requestID, signature, secret) {
		fmt.Println("valid")
	} else {
		fmt.Println("invalid")
	}
}

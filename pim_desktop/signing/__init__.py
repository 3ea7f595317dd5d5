"""PAdES signing and its checks: PKCS#12 files, PKCS#11 tokens, certificates, trust roots; no Qt."""

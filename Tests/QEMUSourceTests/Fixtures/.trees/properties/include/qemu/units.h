#define KiB     (INT64_C(1) << 10)

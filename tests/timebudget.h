#pragma once

// Time bounds in tests are set for an optimised build. Under AddressSanitizer (the asan and fuzz
// presets) code runs several times slower, so the bounds stretch by this factor; a super-linear
// path the bounds are there to catch still takes minutes, far past any of them.
namespace TimeBudget {

#if defined(__SANITIZE_ADDRESS__)
constexpr int scale = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int scale = 5;
#else
constexpr int scale = 1;
#endif
#else
constexpr int scale = 1;
#endif

// `milliseconds` of an optimised build, in this build.
constexpr long long ms(long long milliseconds)
{
    return milliseconds * scale;
}

} // namespace TimeBudget

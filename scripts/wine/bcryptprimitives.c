/* Stand-in for Windows' bcryptprimitives.dll, used only when running the
 * Windows test executables under Wine 8 (scripts/test-windows-wine.sh):
 * Rust's standard library imports ProcessPrng from it, and Wine 8 has no
 * such DLL, so every executable fails to load (status c0000135). ProcessPrng
 * fills a buffer with random bytes; here it asks BCryptGenRandom (which Wine
 * implements) for them, in chunks that fit its ULONG length. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}

/* Test scaffolding for Wine 8 only; never shipped.
 *
 * Rust's standard library asks Windows 10 and later for ProcessPrng in
 * bcryptprimitives.dll. Wine 8 has no such export, so every Rust program
 * stops at load there. This DLL, placed in the test prefix's system32,
 * provides ProcessPrng over RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}

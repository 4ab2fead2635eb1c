#pragma once
// How factline asks the C library and the kernel for memory. A run keeps what it reads about
// every claim until the report (a million claims are 1.5 GB), so the cost of fresh pages shows:
// each 4 KiB page costs a fault when it is first written.

namespace factline::heap_policy {

// At start-up: keep freed memory for reuse instead of returning it to the kernel.
void configure();

// Asks for huge pages behind the part of the heap that has grown since the last call (one fault
// per 2 MiB instead of per 4 KiB). Cheap when nothing grew: call it between documents.
void advise_growth();

} // namespace factline::heap_policy

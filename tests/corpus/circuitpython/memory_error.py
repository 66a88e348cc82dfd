# flags: --heap 64k
chunks = []
try:
    while True:
        chunks.append("x" * 100 + str(len(chunks)))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError")
    print(n > 10)

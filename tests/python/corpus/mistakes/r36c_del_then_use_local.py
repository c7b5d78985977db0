# deleting a temporary list inside the loop, then using it on the next round
def batches(items, size):
    out = []
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == size:
            out.append(batch)
            del batch
    return out

print(batches([1, 2, 3], 3))
print(batches([1, 2, 3, 4], 2))

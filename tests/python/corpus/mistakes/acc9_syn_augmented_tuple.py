# Incrementing two counters at once with +=.
done, failed = 0, 0
for ok in (True, False, True):
    done, failed += 1, 0
print(done, failed)

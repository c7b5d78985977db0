# break inside finally in a loop drops the pending error.
for attempt in range(3):
    try:
        print("attempt", attempt)
        raise ConnectionError("no network")
    finally:
        if attempt == 1:
            break
print("loop left")

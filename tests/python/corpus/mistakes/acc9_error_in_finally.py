# A finally clause that fails while an exception is unwinding.
def save(data):
    try:
        return data["id"]
    finally:
        print("closing", handle)

save({})

# break in a function's finally, outside any loop.
def close():
    try:
        return 1
    finally:
        break

print(close())

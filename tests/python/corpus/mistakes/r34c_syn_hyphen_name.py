# I named a variable with a hyphen like in my shell scripts
max-retries = 3
for attempt in range(max-retries):
    print("attempt", attempt)
# (a short program: the mistake is in the lines above)

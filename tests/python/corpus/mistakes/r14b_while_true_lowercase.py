# Mistake: "true" in lower case in a retry loop (NameError: Did you mean: 'True'?).
attempts = 0
max_attempts = 3

while true:
    attempts += 1
    print('attempt', attempts)
    if attempts >= max_attempts:
        break

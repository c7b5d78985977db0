# Mistake: Greek-letter variables (λ and Δt) with a typo in one of them.
import math

λ = 0.5
Δt = 0.1
def decay(n0, steps):
    n = n0
    for _ in range(steps):
        n = n * math.exp(-λ * Δτ)
    return n

print(round(decay(100, 3), 3))

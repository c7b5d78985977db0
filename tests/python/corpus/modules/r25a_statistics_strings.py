import statistics

temps = ["21.5", "22.0", "19.5"]
print(statistics.mode(temps))
print(statistics.mean(temps))

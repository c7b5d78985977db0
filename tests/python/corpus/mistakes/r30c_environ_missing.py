# Reading an environment variable that is not set.
import os
print("has PATH:", "PATH" in os.environ)
print(os.environ.get("API_TOKEN", "<none>"))
token = os.environ["API_TOKEN"]

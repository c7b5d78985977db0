# Reading a required setting from the environment
import os

home = os.environ.get("HOME") is not None
print("has HOME:", home)
debug = os.environ.get("APP_DEBUG", "0")
print("debug:", debug)
token = os.environ["APP_TOKEN"]
print("token:", token)

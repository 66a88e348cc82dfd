import gc
data = [[i] * 10 for i in range(100)]
del data
gc.collect()
print("collected")
gc.enable()
print(gc.isenabled())

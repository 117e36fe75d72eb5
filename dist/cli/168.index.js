export const id = 168;
export const ids = [168];
export const modules = {

/***/ 2253:
/***/ ((module) => {

const widthMap = new WeakMap()
const heightMap = new WeakMap()

class ImageData {
  constructor (width, height, ...args) {
    if (arguments.length < 2) {
      throw new TypeError(`Failed to construct 'ImageData': 2 arguments required, but only ${arguments.length} present.`)
    }

    if (typeof width === 'object') {
      if (!(width instanceof Uint8ClampedArray)) {
        throw new TypeError("Failed to construct 'ImageData': parameter 1 is not of type 'Uint8ClampedArray'.")
      }

      if (typeof height !== 'number' || height === 0) {
        throw new Error("Failed to construct 'ImageData': The source width is zero or not a number.")
      }

      height = height >>> 0

      if ((height * 4) > width.length) {
        throw new Error("Failed to construct 'ImageData': The requested image size exceeds the supported range.")
      }

      if ((width.length % 4) !== 0) {
        throw new Error("Failed to construct 'ImageData': The input data length is not a multiple of 4.")
      }

      if ((width.length % (4 * height)) !== 0) {
        throw new Error("Failed to construct 'ImageData': The input data length is not a multiple of (4 * width).")
      }

      if (typeof args[0] !== 'undefined') {
        if (typeof args[0] !== 'number' || args[0] === 0) {
          throw new Error("Failed to construct 'ImageData': The source height is zero or not a number.")
        }

        args[0] = args[0] >>> 0

        if ((width.length % (4 * height * args[0])) !== 0) {
          throw new Error("Failed to construct 'ImageData': The input data length is not equal to (4 * width * height).")
        }
      }

      widthMap.set(this, height)
      heightMap.set(this, typeof args[0] !== 'undefined' ? args[0] : (width.byteLength / height / 4))
      Object.defineProperty(this, 'data', { configurable: true, enumerable: true, value: width, writable: false })
    } else {
      if (typeof width !== 'number' || width === 0) {
        throw new Error("Failed to construct 'ImageData': The source width is zero or not a number.")
      }

      width = width >>> 0

      if (typeof height !== 'number' || height === 0) {
        throw new Error("Failed to construct 'ImageData': The source height is zero or not a number.")
      }

      height = height >>> 0

      if ((width * height) >= (1 << 30)) {
        throw new Error("Failed to construct 'ImageData': The requested image size exceeds the supported range.")
      }

      widthMap.set(this, width)
      heightMap.set(this, height)
      Object.defineProperty(this, 'data', { configurable: true, enumerable: true, value: new Uint8ClampedArray(width * height * 4), writable: false })
    }
  }
}

Object.defineProperty(ImageData.prototype, 'width', {
  enumerable: true,
  configurable: true,
  get () { return widthMap.get(this) }
})

Object.defineProperty(ImageData.prototype, 'height', {
  enumerable: true,
  configurable: true,
  get () { return heightMap.get(this) }
})

module.exports = ImageData


/***/ }),

/***/ 9168:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/* global WebAssembly */

const fs = __webpack_require__(9896)
const path = __webpack_require__(6928)

const ImageData = __webpack_require__(2253)

const stubs = {
  fd_close () { throw new Error('Syscall fd_close not implemented') },
  fd_seek () { throw new Error('Syscall fd_seek not implemented') },
  fd_write () { throw new Error('Syscall fd_write not implemented') }
}

const code = fs.readFileSync(__webpack_require__.ab + "webp.wasm")
const wasmModule = new WebAssembly.Module(code)
const instance = new WebAssembly.Instance(wasmModule, { wasi_snapshot_preview1: stubs })

exports.decode = function (input) {
  // Allocate memory to hand over the input data to WASM
  const inputPointer = instance.exports.malloc(input.byteLength)
  const targetView = new Uint8Array(instance.exports.memory.buffer, inputPointer, input.byteLength)

  // Copy input data into WASM readable memory
  targetView.set(input)

  // Allocate metadata (width & height)
  const metadataPointer = instance.exports.malloc(8)

  // Decode input data
  const outputPointer = instance.exports.WebPDecodeRGBA(inputPointer, input.byteLength, metadataPointer, metadataPointer + 4)

  // Free the input data in WASM land
  instance.exports.free(inputPointer)

  // Guard return value for NULL pointer
  if (outputPointer === 0) {
    instance.exports.free(metadataPointer)
    throw new Error('Failed to decode WebP image')
  }

  // Read returned metadata
  const metadata = new Uint32Array(instance.exports.memory.buffer, metadataPointer, 2)
  const [width, height] = metadata

  // Free the metadata in WASM land
  instance.exports.free(metadataPointer)

  // Create an empty buffer for the resulting data
  const outputSize = (width * height * 4)
  const output = new Uint8ClampedArray(outputSize)

  // Copy decoded data from WASM memory to JS
  output.set(new Uint8Array(instance.exports.memory.buffer, outputPointer, outputSize))

  // Free WASM copy of decoded data
  instance.exports.free(outputPointer)

  // Return decoded image as raw data
  return new ImageData(output, width, height)
}


/***/ })

};

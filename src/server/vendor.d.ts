// rate-limiter-flexible's root module loads every back end it has (cluster, SQL, …); the kit
// imports only the two it uses, by their own files, so Workers and Deno bundles stay clean.
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import { RateLimiterMemory } from 'rate-limiter-flexible';
  export default RateLimiterMemory;
}
declare module 'rate-limiter-flexible/lib/RateLimiterRedis.js' {
  import { RateLimiterRedis } from 'rate-limiter-flexible';
  export default RateLimiterRedis;
}

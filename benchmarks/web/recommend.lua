-- wrk script: POST /api/recommendations with varied agency profiles.
local bodies = {
  '{"agency":"Dinas Kependudukan dan Catatan Sipil","region":"Kota Binjai","affairs":["administrasi kependudukan dan pencatatan sipil"],"problem":"warga harus datang ke kantor untuk mengurus akta kematian","elements":{"waktu":2.1,"prosedur":2.4}}',
  '{"agency":"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu","region":"Kabupaten Deli Serdang","affairs":["penanaman modal"],"problem":"izin usaha lama dan persyaratan membingungkan pelaku UMKM"}',
  '{"agency":"Dinas Kesehatan","region":"Kabupaten Karo","affairs":["kesehatan"],"problem":"antrean panjang di puskesmas","elements":{"persyaratan":3.1,"prosedur":2.9,"waktu":2.2,"biaya":3.5,"produk":3.0,"kompetensi":3.2,"perilaku":3.3,"pengaduan":2.5,"sarana":2.8}}',
  '{"agency":"Bagian Umum Sekretariat Daerah","region":"Kota Pematangsiantar","problem":"surat masuk sering hilang dan terlambat didisposisi"}',
  '{"agency":"Dinas Pendidikan","region":"Kota Medan","affairs":["pendidikan"],"problem":"pendaftaran sekolah tidak transparan","elements":{"pengaduan":2.0,"prosedur":2.6}}',
  '{"agency":"Kecamatan Medan Baru","region":"Kota Medan","problem":"warga menunggu lama untuk surat keterangan"}',
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/recommendations", { ["Content-Type"] = "application/json" }, bodies[(n % #bodies) + 1])
end
